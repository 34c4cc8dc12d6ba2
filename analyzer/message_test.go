package analyzer_test

import (
	"testing"

	"github.com/errcodes/errcodes/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// Constant messages, and fmt.Sprintf and fmt.Errorf of constant formats,
// are compared with the message templates the docs give their code.
func TestMessages(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(analyzer.Options{}), "example.com/messages/handlers")
}

// A misspelt literal is replaced with the one documented message, when it
// has no placeholders.
func TestMessageFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), analyzer.New(analyzer.Options{}), "example.com/messages/fixes")
}
