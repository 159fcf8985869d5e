"""The developers' tools, never loaded by production settings: benchmarks, the nginx
edge check, the outreach fault test, the booking-system stand-in, the search page
generator and the demo accounts."""
