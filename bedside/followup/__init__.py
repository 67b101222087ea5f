"""Follow-up after the infusions: visits (day 28, day 90, unscheduled), the
end of participation, the day-28 endpoints and the CONSORT flow. No Qt."""
