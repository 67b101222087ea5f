"""TJT2012 eligibility: the protocol as data, unit conversion, the evaluator,
screening and the investigator's sign-off.  Core package: never imports Qt."""
