package main

import "syscall"

// prepDup points descriptor `to` at `from` (linux/arm64 has no dup2, only dup3).
func prepDup(from, to int) { syscall.Dup3(from, to, 0) }
