package analyzer_test

import (
	"testing"

	"github.com/errcodes/errcodes/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// Each preset is tested on handlers written against its framework, with a
// catalog and no emitters, in the GOPATH tree testdata/src. The
// frameworks there are stubs under their real import paths
// (testdata/src/github.com/gin-gonic/gin and the like), each declaring
// what its preset and the handlers rely on; TestFrameworks runs the same
// handlers against the real libraries.

func TestPresetNetHTTP(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Options{}), "example.com/nethttp")
}

func TestPresetJSON(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Options{}), "example.com/jsonbody")
}

func TestPresetGin(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Options{}), "example.com/ginshop/...")
}

func TestPresetEcho(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Options{}), "example.com/echoshop/...")
}

func TestPresetChi(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Options{}), "example.com/chishop/...")
}

func TestPresetGRPC(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Options{}), "example.com/grpcshop/...")
}

func TestPresetFiber(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Options{}), "example.com/fibershop/...")
}
