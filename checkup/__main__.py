from checkup.cli.main import main

raise SystemExit(main())
