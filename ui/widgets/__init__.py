"""The widget kit every screen uses: choice buttons (one focus stop per
question), password and reason prompts that stay open on a refusal."""
