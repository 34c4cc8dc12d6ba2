package main

// This file applies suggested fixes for -fix and prints them for -fix
// -diff, as singlechecker does. x/tools keeps its applier internal
// (internal/analysis/driverutil.ApplyFixes, v0.52.0); this is the same
// algorithm, with the same messages:
//
//   - the first fix of each diagnostic of the root actions is applied,
//     in their order; the others are logged as ignored alternatives;
//   - a fix that edits a generated file is skipped;
//   - each fix is merged into the edits accepted so far as a whole, or
//     not at all: identical edits coalesce (a file of both p and
//     "p [p.test]" gets the same fix twice), overlapping ones conflict;
//   - each edited file is gofmt-formatted, with the imports its fixes
//     left unused removed, unless it no longer parses;
//   - -diff prints a unified diff of each file instead of writing it.
//
// The diff's hunks may align differently where x/tools' is not shortest,
// and its new-side line numbers are right where x/tools' (v0.52) are too
// small after a hunk with several changes (see unified).
//
// It returns an error, after writing what it could, if a fix was not
// applied or a file not written; the user re-runs the command.

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"go/types"
	"io"
	"log"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/ast/astutil"
)

// An edit replaces the bytes [start, end) of a file with text.
type edit struct {
	start, end int
	text       string
}

// applyFixes applies the first suggested fix of every diagnostic of the
// actions, or with printDiff writes their unified diff to stdout.
func applyFixes(actions []*checker.Action, stdout io.Writer, printDiff, verbose bool) error {
	type fixAct struct {
		fix *analysis.SuggestedFix
		act *checker.Action
	}
	generated := make(map[*token.File]bool)
	var fixes []fixAct
	for _, act := range actions {
		for _, file := range act.Package.Syntax {
			generated[act.Package.Fset.File(file.FileStart)] = ast.IsGenerated(file)
		}
		for _, d := range act.Diagnostics {
			for i := range d.SuggestedFixes {
				if i == 0 {
					fixes = append(fixes, fixAct{&d.SuggestedFixes[i], act})
				} else {
					log.Printf("%s: ignoring alternative fix %q", act, d.SuggestedFixes[i].Message)
				}
			}
		}
	}

	// The content of each file as analysed: the fixes' offsets are in it.
	original := make(map[string][]byte)
	read := func(name string) ([]byte, error) {
		if b, ok := original[name]; ok {
			return b, nil
		}
		b, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		original[name] = b
		return b, nil
	}

	accepted := make(map[string][]edit)         // by file name, in order
	filePkgs := make(map[string]*types.Package) // a package of each file, for its imports' names
	good, skipped := 0, 0
fixes:
	for _, fa := range fixes {
		fset := fa.act.Package.Fset
		for _, e := range fa.fix.TextEdits {
			if generated[fset.File(e.Pos)] {
				skipped++
				continue fixes
			}
		}
		// The edits of a fix are sorted and do not overlap: checker.Analyze
		// validated them (driverutil.ValidateFixes).
		byFile := make(map[string][]edit)
		for _, e := range fa.fix.TextEdits {
			tf := fset.File(e.Pos)
			name := tf.Name()
			filePkgs[name] = fa.act.Package.Types
			content, err := read(name)
			if err != nil {
				log.Printf("skipping fix to file %s: %v", name, err)
				continue fixes
			}
			// A file of another size than the one analysed was written to
			// meanwhile, and maybe others with it.
			if tf.Size() != len(content) {
				return fmt.Errorf("concurrent file modification detected in file %s (size changed from %d -> %d bytes); aborting fix",
					name, tf.Size(), len(content))
			}
			byFile[name] = append(byFile[name], edit{tf.Offset(e.Pos), tf.Offset(e.End), string(e.NewText)})
		}
		merged := make(map[string][]edit)
		for name, edits := range byFile {
			if prev := accepted[name]; len(prev) > 0 {
				var ok bool
				if edits, ok = mergeEdits(prev, edits); !ok {
					continue fixes // a conflict: the fix is left out whole
				}
			}
			merged[name] = edits
		}
		good++
		maps.Copy(accepted, merged)
	}
	bad := len(fixes) - good - skipped

	updated, total := 0, 0
	for _, name := range slices.Sorted(maps.Keys(accepted)) {
		edits := accepted[name]
		if len(edits) == 0 {
			continue
		}
		before := original[name]
		after, err := applyEdits(before, edits)
		if err != nil {
			return fmt.Errorf("%s: %v", name, err) // mergeEdits keeps edits ordered: a bug
		}
		if formatted, err := formatFixed(filePkgs[name], after); err == nil {
			after = formatted
		}
		if printDiff {
			label := diffLabel(name)
			io.WriteString(stdout, unified("a/"+label, "b/"+label, string(before), string(after)))
			continue
		}
		total++
		if err := os.WriteFile(name, after, 0o644); err != nil {
			log.Println(err)
			continue
		}
		updated++
	}

	if bad > 0 || updated < total {
		if printDiff {
			return fmt.Errorf("%d of %s skipped (e.g. due to conflicts)", bad, plural(len(fixes), "fix", "fixes"))
		}
		return fmt.Errorf("applied %d of %s; %s updated. (Re-run the command to apply more.)",
			good, plural(len(fixes), "fix", "fixes"), plural(updated, "file", "files"))
	}
	if verbose {
		if skipped > 0 {
			log.Printf("skipped %s that would edit generated files", plural(skipped, "fix", "fixes"))
		}
		log.Printf("applied %s, updated %s", plural(len(fixes), "fix", "fixes"), plural(updated, "file", "files"))
	}
	return nil
}

// mergeEdits merges two ordered lists of edits of one file, as a three-way
// merge would (x/tools internal/diff.Merge): identical edits coalesce, and
// edits that overlap otherwise conflict; it reports false on a conflict.
// Where both insert at the same point, x's insertion comes first.
func mergeEdits(x, y []edit) ([]edit, bool) {
	x, y = slices.Clone(x), slices.Clone(y)
	var merged []edit
	xi, yi := 0, 0
	for xi < len(x) && yi < len(y) {
		px, py := &x[xi], &y[yi]
		switch {
		case *px == *py:
			merged = append(merged, *px)
			xi++
			yi++
		case px.end <= py.start: // x is before y, or inserts at its start
			merged = append(merged, *px)
			xi++
		case py.end <= px.start:
			merged = append(merged, *py)
			yi++
		case px.start < py.start: // x starts first: split off its deletion up to y
			merged = append(merged, edit{px.start, py.start, ""})
			px.start = py.start
		case py.start < px.start:
			merged = append(merged, edit{py.start, px.start, ""})
			py.start = px.start
		default: // different edits of the same text
			return nil, false
		}
	}
	merged = append(merged, x[xi:]...)
	merged = append(merged, y[yi:]...)
	return merged, true
}

// applyEdits returns src with the edits applied. They must be ordered,
// within src, and not overlap; insertions at one point apply in order.
func applyEdits(src []byte, edits []edit) ([]byte, error) {
	var out bytes.Buffer
	last := 0
	for _, e := range edits {
		if e.start < last || e.end < e.start || e.end > len(src) {
			return nil, fmt.Errorf("overlapping or out-of-bounds edit [%d, %d) after offset %d of %d bytes", e.start, e.end, last, len(src))
		}
		out.Write(src[last:e.start])
		out.WriteString(e.text)
		last = e.end
	}
	out.Write(src[last:])
	return out.Bytes(), nil
}

// formatFixed formats a fixed Go file as gofmt does, with its imports
// sorted, and removes the imports the fixes left unused (x/tools
// driverutil.FormatSourceRemoveImports). pkg, the package as analysed,
// gives the names of the imports that do not rename.
func formatFixed(pkg *types.Package, src []byte) ([]byte, error) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "fixed.go", src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	ast.SortImports(fset, file)
	removeUnusedImports(fset, pkg, file)

	// printerNormalizeNumbers is go/printer's mode for gofmt: canonical
	// number literal prefixes and exponents.
	const printerNormalizeNumbers = 1 << 30
	cfg := &printer.Config{Mode: printer.UseSpaces | printer.TabIndent | printerNormalizeNumbers, Tabwidth: 8}
	var buf bytes.Buffer
	if err := cfg.Fprint(&buf, fset, file); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// removeUnusedImports removes the imports of file that nothing in it
// refers to. An import is referred to only as the qualifier of a
// selector, name.X: an import whose name qualifies no selector is unused.
// (x/tools asks which names are free in the file, leaving out those a
// local declaration binds; this keeps an import whose name only a local
// variable of the same name qualifies, which the compiler then reports.)
// Blank, dot and imports of unknown name are kept.
func removeUnusedImports(fset *token.FileSet, pkg *types.Package, file *ast.File) {
	names := make(map[string]string) // package path -> name, over pkg's dependencies
	var visit func(p *types.Package)
	visit = func(p *types.Package) {
		if names[p.Path()] == "" {
			names[p.Path()] = p.Name()
			for _, imp := range p.Imports() {
				visit(imp)
			}
		}
	}
	if pkg != nil {
		for _, imp := range pkg.Imports() {
			visit(imp)
		}
	}

	used := make(map[string]bool)
	for _, decl := range file.Decls {
		if gd, ok := decl.(*ast.GenDecl); ok && gd.Tok == token.IMPORT {
			continue
		}
		ast.Inspect(decl, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				if id, ok := sel.X.(*ast.Ident); ok {
					used[id.Name] = true
				}
			}
			return true
		})
	}

	type spec struct{ name, path string }
	var unused []spec
	for _, s := range file.Imports {
		path, err := strconv.Unquote(s.Path.Value)
		if err != nil {
			continue
		}
		explicit := ""
		if s.Name != nil {
			explicit = s.Name.Name
		}
		name := explicit
		if name == "" {
			name = names[path]
		}
		switch name {
		case "", ".", "_":
			continue
		}
		if !used[name] {
			unused = append(unused, spec{explicit, path})
		}
	}
	for _, s := range unused {
		astutil.DeleteNamedImport(fset, file, s.name, s.path)
	}
}

// diffLabel returns the path of file in a diff: relative to the
// top of the git work tree errcodes runs in, else to the working
// directory, with forward slashes, so that git apply (or patch -p1) run
// there applies the diff.
func diffLabel(file string) string {
	wd, err := os.Getwd()
	if err != nil {
		return filepath.ToSlash(file)
	}
	root := wd
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			root = d
			break
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		return filepath.ToSlash(file)
	}
	if rel, err := filepath.Rel(root, abs); err == nil && !strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(abs)
}

// unified returns the unified diff, with 3 lines of context, that turns
// before into after, in the form x/tools internal/diff.Unified prints
// for -fix -diff; "" if they are equal. Its hunks may differ from x/tools'
// where a shortest diff is not unique (x/tools' is not always shortest).
func unified(fromName, toName, before, after string) string {
	if before == after {
		return ""
	}
	const contextLines = 3
	gap := contextLines * 2
	lines, _ := splitLines(before)

	type line struct {
		kind byte // '-', '+' or ' '
		text string
	}
	type hunk struct {
		fromLine, toLine int
		lines            []line
	}
	var hunks []*hunk
	addEqual := func(h *hunk, start, end int) int {
		n := 0
		for i := max(start, 0); i < end && i < len(lines); i++ {
			h.lines = append(h.lines, line{' ', lines[i]})
			n++
		}
		return n
	}

	var h *hunk
	last, toLine := 0, 0
	for _, e := range lineDiff(before, after) {
		start := strings.Count(before[:e.start], "\n")
		end := strings.Count(before[:e.end], "\n")
		if e.end == len(before) && len(before) > 0 && before[len(before)-1] != '\n' {
			end++ // EOF counts as an implicit newline
		}
		switch {
		case h != nil && start == last:
		case h != nil && start <= last+gap:
			addEqual(h, last, start)
		default:
			if h != nil {
				addEqual(h, last, last+contextLines)
				hunks = append(hunks, h)
			}
			h = &hunk{fromLine: start + 1, toLine: toLine + start - last + 1}
			delta := addEqual(h, start-contextLines, start)
			h.fromLine -= delta
			h.toLine -= delta
		}
		toLine += start - last
		last = start
		for i := start; i < end; i++ {
			h.lines = append(h.lines, line{'-', lines[i]})
			last++
		}
		if e.text != "" {
			added, _ := splitLines(e.text)
			for _, l := range added {
				h.lines = append(h.lines, line{'+', l})
				toLine++
			}
		}
	}
	if h != nil {
		addEqual(h, last, last+contextLines)
		hunks = append(hunks, h)
	}

	var b strings.Builder
	fmt.Fprintf(&b, "--- %s\n+++ %s\n", fromName, toName)
	delta := 0 // lines added less lines removed by the hunks before
	for _, h := range hunks {
		from, to := 0, 0
		for _, l := range h.lines {
			switch l.kind {
			case '-':
				from++
			case '+':
				to++
			default:
				from++
				to++
			}
		}
		// The new file's line of a hunk is the old one moved by what the
		// hunks before it added and removed.
		h.toLine = h.fromLine + delta
		if from == 0 {
			h.toLine++ // -N,0 names the line after which lines are added
		}
		if to == 0 {
			h.toLine-- // +N,0 names the line after which lines were removed
		}
		delta += to - from
		b.WriteString("@@")
		switch {
		case from > 1:
			fmt.Fprintf(&b, " -%d,%d", h.fromLine, from)
		case h.fromLine == 1 && from == 0:
			b.WriteString(" -0,0") // as GNU diff -u, adding to an empty file
		default:
			fmt.Fprintf(&b, " -%d", h.fromLine)
		}
		switch {
		case to > 1:
			fmt.Fprintf(&b, " +%d,%d", h.toLine, to)
		case h.toLine == 1 && to == 0:
			b.WriteString(" +0,0")
		default:
			fmt.Fprintf(&b, " +%d", h.toLine)
		}
		b.WriteString(" @@\n")
		for _, l := range h.lines {
			b.WriteByte(l.kind)
			b.WriteString(l.text)
			if !strings.HasSuffix(l.text, "\n") {
				b.WriteString("\n\\ No newline at end of file\n")
			}
		}
	}
	return b.String()
}

// splitLines splits text into lines, each with its newline but perhaps
// the last, and returns them and the offset of each line's start, with
// len(text) at the end.
func splitLines(text string) ([]string, []int) {
	var lines []string
	offsets := []int{0}
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			lines = append(lines, text[start:i+1])
			start = i + 1
			offsets = append(offsets, start)
		}
	}
	if start < len(text) {
		lines = append(lines, text[start:])
		offsets = append(offsets, len(text))
	}
	return lines, offsets
}

// maxDiffLines bounds the work of lineDiff: beyond this many differing
// lines, after the lines both texts start and end with, the lines between
// are given as one edit.
const maxDiffLines = 1000

// lineDiff returns the edits of whole lines of before that turn it into
// after, one for each run of changed lines, in order: a shortest edit
// script (Myers' algorithm).
func lineDiff(before, after string) []edit {
	a, offsets := splitLines(before)
	b, _ := splitLines(after)
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	a, b = a[pre:len(a)-suf], b[pre:len(b)-suf]

	var edits []edit
	add := func(i0, i1, j0, j1 int) { // a[i0:i1] becomes b[j0:j1]
		edits = append(edits, edit{offsets[pre+i0], offsets[pre+i1], strings.Join(b[j0:j1], "")})
	}
	// Run from the end, among the shortest scripts myers finds the one
	// that keeps the last of equal lines: a line changed beside an equal
	// one shows as that line changed, as diff(1) and x/tools show it.
	slices.Reverse(a)
	slices.Reverse(b)
	ops, ok := myers(a, b)
	slices.Reverse(a)
	slices.Reverse(b)
	slices.Reverse(ops)
	if !ok {
		if len(a) > 0 || len(b) > 0 {
			add(0, len(a), 0, len(b))
		}
		return edits
	}
	i, j := 0, 0
	for k := 0; k < len(ops); {
		if ops[k] == '=' {
			i, j, k = i+1, j+1, k+1
			continue
		}
		i0, j0 := i, j
		for ; k < len(ops) && ops[k] != '='; k++ {
			if ops[k] == '-' {
				i++
			} else {
				j++
			}
		}
		add(i0, i, j0, j)
	}
	return edits
}

// myers returns a shortest edit script from a to b, one op per line:
// '=' keeps a line, '-' deletes one of a, '+' inserts one of b. It
// reports false if the script has more than maxDiffLines changes.
func myers(a, b []string) ([]byte, bool) {
	n, m := len(a), len(b)
	off := n + m + 1
	v := make([]int, 2*off+1) // v[off+k]: the furthest x on diagonal k = x-y
	var trace [][]int         // trace[d]: v[off-d : off+d+1] after step d
	for d := 0; d <= n+m && d <= maxDiffLines; d++ {
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[off+k-1] < v[off+k+1] {
				x = v[off+k+1] // down: insert b[y]
			} else {
				x = v[off+k-1] + 1 // right: delete a[x]
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x, y = x+1, y+1
			}
			v[off+k] = x
			if x >= n && y >= m {
				trace = append(trace, slices.Clone(v[off-d:off+d+1]))
				return backtrack(trace, n, m), true
			}
		}
		trace = append(trace, slices.Clone(v[off-d:off+d+1]))
	}
	return nil, false
}

// backtrack follows myers' trace back from (n, m) to (0, 0) and returns
// the edit script.
func backtrack(trace [][]int, n, m int) []byte {
	var ops []byte // reversed
	x, y := n, m
	for d := len(trace) - 1; d > 0; d-- {
		prev := trace[d-1] // prev[i] is diagonal i-(d-1)
		at := func(k int) int { return prev[k+d-1] }
		k := x - y
		var pk int
		if k == -d || k != d && at(k-1) < at(k+1) {
			pk = k + 1
		} else {
			pk = k - 1
		}
		px := at(pk)
		py := px - pk
		mx := px // where the snake to (x, y) starts
		if pk == k-1 {
			mx = px + 1
		}
		for ; x > mx; x, y = x-1, y-1 {
			ops = append(ops, '=')
		}
		if pk == k+1 {
			ops = append(ops, '+')
		} else {
			ops = append(ops, '-')
		}
		x, y = px, py
	}
	for ; x > 0; x, y = x-1, y-1 {
		ops = append(ops, '=')
	}
	slices.Reverse(ops)
	return ops
}
