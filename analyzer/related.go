package analyzer

import (
	"go/token"
	"os"
	"sync"

	"github.com/errcodes/errcodes/catalog"
)

// catalogFiles positions findings' citations in the catalog's files: each
// file cited is added once to the file set of the passes that cite it,
// with its lines, the way go/analysis documents for positions in non-Go
// files, so that a citation travels as a diagnostic's related information.
// It keeps the files of one file set, the one last seen: the drivers give
// every pass of a run the same one.
type catalogFiles struct {
	readFile func(string) ([]byte, error) // nil: os.ReadFile

	mu    sync.Mutex
	fset  *token.FileSet
	files map[string]*token.File // nil for a file that cannot be read
}

// pos returns p as a position in fset, or NoPos when its file cannot be
// read or p is not in it.
func (cf *catalogFiles) pos(fset *token.FileSet, p catalog.Pos) token.Pos {
	if cf == nil || !p.IsValid() || p.Line < 1 {
		return token.NoPos
	}
	cf.mu.Lock()
	defer cf.mu.Unlock()
	if cf.fset != fset {
		cf.fset, cf.files = fset, make(map[string]*token.File)
	}
	tf, ok := cf.files[p.File]
	if !ok {
		read := cf.readFile
		if read == nil {
			read = os.ReadFile
		}
		if data, err := read(p.File); err == nil {
			tf = fset.AddFile(p.File, -1, len(data))
			tf.SetLinesForContent(data)
		}
		cf.files[p.File] = tf
	}
	if tf == nil || p.Line > tf.LineCount() {
		return token.NoPos
	}
	pos := tf.LineStart(p.Line)
	end := tf.Size() // of the line
	if p.Line < tf.LineCount() {
		end = tf.Offset(tf.LineStart(p.Line + 1))
	}
	if off := tf.Offset(pos) + p.Col - 1; p.Col > 1 && off < end {
		pos = tf.Pos(off)
	}
	return pos
}

// RelatedMessage is the message of a finding's related information: the
// catalog entry the finding cites.
const RelatedMessage = "documented here"
