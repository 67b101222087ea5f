"""Screens of the follow-up capability: the patient's follow-up tab (timeline,
visits, end of participation), the endpoint view and the CONSORT flow."""
