"""Pure core: facts, documents and values. Imports nothing from store, web or cli."""
