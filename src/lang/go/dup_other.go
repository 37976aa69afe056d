//go:build !linux

package main

import "syscall"

// prepDup points descriptor `to` at `from`.
func prepDup(from, to int) { syscall.Dup2(from, to) }
