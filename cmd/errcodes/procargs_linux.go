package main

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// processArgs returns the command line of process pid and its parent's
// id, or nil and 0 when they cannot be read.
func processArgs(pid int) ([]string, int) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
	if err != nil || len(data) == 0 {
		return nil, 0
	}
	var args []string
	for _, a := range bytes.Split(bytes.TrimSuffix(data, []byte{0}), []byte{0}) {
		args = append(args, string(a))
	}
	// /proc/pid/stat is "pid (comm) state ppid ...", and comm may hold
	// spaces and parentheses: the fields follow the last ')'.
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return args, 0
	}
	i := bytes.LastIndexByte(stat, ')')
	if i < 0 {
		return args, 0
	}
	f := strings.Fields(string(stat[i+1:]))
	if len(f) < 2 {
		return args, 0
	}
	ppid, _ := strconv.Atoi(f[1])
	return args, ppid
}
