"""The command line: the parser, the composition root that starts a view, and one module per
subcommand. The top layer: it may use every other."""
