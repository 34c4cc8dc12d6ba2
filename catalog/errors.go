package catalog

import (
	"fmt"
	"sort"
	"strings"
)

// Pos is a position in a config or catalog file. Line and Col are 1-based;
// Col is 0 when only the line is known.
type Pos struct {
	File string
	Line int
	Col  int
}

// IsValid reports whether the position names a file.
func (p Pos) IsValid() bool { return p.File != "" }

// String formats the position as file:line:col, file:line or file.
func (p Pos) String() string {
	switch {
	case p.File == "":
		return "-"
	case p.Line == 0:
		return p.File
	case p.Col == 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// Short formats the position as file:line, the form diagnostics cite.
func (p Pos) Short() string {
	if p.Line == 0 {
		return p.File
	}
	return fmt.Sprintf("%s:%d", p.File, p.Line)
}

// An Error is one problem in a config or catalog file. Msg says it all;
// Err is the error it comes from, if any (the file system's, a parser's),
// kept for errors.Is and errors.As: a missing file is
// errors.Is(err, fs.ErrNotExist).
type Error struct {
	Pos Pos
	Msg string
	Err error
}

func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// Unwrap returns the error e comes from, or nil.
func (e *Error) Unwrap() error { return e.Err }

// errorf returns an *Error at pos.
func errorf(pos Pos, format string, args ...any) *Error {
	return &Error{Pos: pos, Msg: fmt.Sprintf(format, args...)}
}

// wrapf returns an *Error at pos that comes from err.
func wrapf(pos Pos, err error, format string, args ...any) *Error {
	return &Error{Pos: pos, Msg: fmt.Sprintf(format, args...), Err: err}
}

// recovered returns a recovered panic value as an error, if it is one.
func recovered(r any) error {
	err, _ := r.(error)
	return err
}

// An ErrorList is every problem found in a config and its catalog files,
// in file and line order. Its Error method prints one problem per line.
type ErrorList []*Error

// Unwrap returns the problems, for errors.Is and errors.As.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}

func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// sort orders the list by file, line and column, keeping the order of
// problems reported at the same position.
func (l ErrorList) sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i].Pos, l[j].Pos
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}

// err returns the list as an error, or nil when it is empty.
func (l ErrorList) err() error {
	if len(l) == 0 {
		return nil
	}
	l.sort()
	return l
}
