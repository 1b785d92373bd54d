"""One module per family; each exposes ``build(ctx)`` writing into ``ctx.w``."""
