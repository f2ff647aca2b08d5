"""The entry points: one full review of a package and its output folder, the batch of packages
for the 评价工作组, questions, the `shenbao` command line and the workspace launcher.

Owns: wiring only. May import every other part of `assistant`; nothing of `assistant` imports
`app` (the workspace in `ui/` does, through its public functions).
"""
