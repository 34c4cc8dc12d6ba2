//go:build !linux && !darwin

package main

// processArgs cannot read another process's command line on this system:
// go vet -config is seen only through $GOFLAGS (see vetConfigFlags).
func processArgs(pid int) ([]string, int) { return nil, 0 }
