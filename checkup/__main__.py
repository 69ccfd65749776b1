from checkup.cli import main

raise SystemExit(main())
