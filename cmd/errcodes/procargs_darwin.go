package main

import (
	"bytes"
	"encoding/binary"

	"golang.org/x/sys/unix"
)

// processArgs returns the command line of process pid and its parent's
// id, or nil and 0 when they cannot be read.
func processArgs(pid int) ([]string, int) {
	ppid := 0
	if kp, err := unix.SysctlKinfoProc("kern.proc.pid", pid); err == nil {
		ppid = int(kp.Eproc.Ppid)
	}
	// kern.procargs2 is argc (a 32-bit integer), the executable's path,
	// NUL padding, then argc NUL-terminated arguments.
	data, err := unix.SysctlRaw("kern.procargs2", pid)
	if err != nil || len(data) < 4 {
		return nil, ppid
	}
	argc := int(binary.LittleEndian.Uint32(data))
	data = data[4:]
	i := bytes.IndexByte(data, 0)
	if i < 0 {
		return nil, ppid
	}
	data = bytes.TrimLeft(data[i:], "\x00")
	args := make([]string, 0, argc)
	for len(args) < argc && len(data) > 0 {
		i := bytes.IndexByte(data, 0)
		if i < 0 {
			i = len(data)
		}
		args = append(args, string(data[:i]))
		data = data[min(i+1, len(data)):]
	}
	return args, ppid
}
