package analyzer_test

import (
	"path/filepath"
	"testing"

	"github.com/errcodes/errcodes/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// Each preset is tested on handlers written against its framework, with a
// catalog and no emitters. The standard library's presets use the GOPATH
// tree; a framework's is a module of its own in testdata/<preset>, with
// the real library vendored, so that the test needs no network.

func TestPresetNetHTTP(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Options{}), "example.com/nethttp")
}

func TestPresetJSON(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Options{}), "example.com/jsonbody")
}

func TestPresetGin(t *testing.T) {
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "gin"), analyzer.New(analyzer.Options{}), "./...")
}

func TestPresetEcho(t *testing.T) {
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "echo"), analyzer.New(analyzer.Options{}), "./...")
}

func TestPresetChi(t *testing.T) {
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "chi"), analyzer.New(analyzer.Options{}), "./...")
}

func TestPresetGRPC(t *testing.T) {
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "grpc"), analyzer.New(analyzer.Options{}), "./...")
}

func TestPresetFiber(t *testing.T) {
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "fiber"), analyzer.New(analyzer.Options{}), "./...")
}
