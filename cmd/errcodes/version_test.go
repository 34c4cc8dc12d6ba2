package main

import (
	"os"
	"reflect"
	"runtime"
	"testing"
)

// -V=full finds the -config flags of the go vet command that runs it, in
// every form the go command accepts, and nothing in other commands.
func TestGoVetConfigFlags(t *testing.T) {
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"go", "vet", "-vettool=/bin/errcodes", "-config=/etc/errcodes.yaml", "./..."}, []string{"/etc/errcodes.yaml"}},
		{[]string{"/usr/local/go/bin/go", "-C", "svc", "vet", "-vettool", "errcodes", "--config", "api/errcodes.yaml", "./..."}, []string{"api/errcodes.yaml"}},
		{[]string{"go", "fix", "-fixtool=errcodes", "--config=a.yaml", "-config=b.yaml", "./..."}, []string{"a.yaml", "b.yaml"}},
		{[]string{"go", "vet", "-vettool=errcodes", "-configs=x", "-config"}, nil},
		{[]string{"go", "build", "-config=x.yaml"}, nil},        // not go vet
		{[]string{"go", "run", "./vet", "-config=x.yaml"}, nil}, // "vet" is not the subcommand
		{[]string{"gopls", "vet", "-config=x.yaml"}, nil},
		{[]string{"go"}, nil},
		{nil, nil},
	}
	for _, tt := range tests {
		var got []string
		if rest, ok := goVetArgs(tt.args); ok {
			got = configFlags(rest)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: -config values %q, want %q", tt.args, got, tt.want)
		}
	}
}

// processArgs reads a process's command line and parent as the system
// shows them: this test's own.
func TestProcessArgs(t *testing.T) {
	if runtime.GOOS != "linux" && runtime.GOOS != "darwin" {
		t.Skip("errcodes reads other processes' arguments on Linux and macOS only")
	}
	args, ppid := processArgs(os.Getpid())
	if !reflect.DeepEqual(args, os.Args) || ppid != os.Getppid() {
		t.Errorf("processArgs = %q, %d; want %q, %d", args, ppid, os.Args, os.Getppid())
	}
}
