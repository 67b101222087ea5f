"""The three MSC infusions: plan, product and dose checks, vital-sign
schedule and alerts, adverse events. Pure logic here; storage in store.py.
Never imports Qt."""
