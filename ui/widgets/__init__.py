"""The widget kit every screen uses (STYLE §2.10): choice buttons (one focus
stop per question), password and reason prompts that stay open on a refusal
(``prompts``), wrapped check boxes (``check_line``), drop-downs (``combo``),
the focus ring, a label that gives way (``elided_label``); and the small
builders the screens share instead of spelling them out: ``ScreenDialog``
(``dialogs``: a signed-in dialog's ctx, name and size), ``wrapped_label``
(``labels``: styled by object name, never its own stylesheet),
``push_button`` (``buttons``: the one button maker, its look by ``kind`` —
primary, danger, ok… — and ``size`` — regular, large, compact, touch — from
the theme's stylesheet, day and night), ``rows_to_pick`` (``tables``: a read-only
one-row-at-a-time table), ``Themed`` (``themed``: a screen's own sheet written
in the theme's colours, set again at each day↔night switch) and ``flush``
(``layouts``: a margin-less layout).
Dashboard sections are ``ui.dashboard_sections.DashboardSection`` values."""
