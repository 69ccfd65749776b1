"""The checkup in progress: the plan of items and steps, what was recorded, and the recorder
that keeps it. Both views (the wizard and plain mode) render it; it renders nothing."""
