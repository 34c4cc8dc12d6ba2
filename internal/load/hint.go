package load

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"github.com/errcodes/errcodes/internal/cachedir"
	"golang.org/x/tools/go/packages"
)

// A hint remembers, for one set of patterns in one directory, the
// packages of the main modules that the packages named import without
// naming them (Program's extras), so that the next run can load them
// from source in its one load, without first listing the import graph.
//
// A hint is only ever a guess: loadHinted checks the load it made against
// the graph it got, and falls back to listing when the guess was wrong,
// so a stale hint costs time, never a wrong result.
type hint struct {
	file string // "" when there is no cache, or the patterns are not hintable
}

// An extra is a package Program loads from source without its being
// named: its import path and its directory.
type extra struct{ Path, Dir string }

// hintFor returns the hint for loading patterns with cfg. The hint is
// keyed by everything that shapes the import graph go list gives: the
// directory, the patterns, tests, build flags and the environment's
// build settings.
func hintFor(cfg *packages.Config, patterns []string) hint {
	cache := cachedir.Dir()
	dir, err := filepath.Abs(cfg.Dir)
	if cache == "" || err != nil || len(patterns) == 0 {
		return hint{}
	}
	for _, p := range patterns {
		if _, _, ok := dirPattern(dir, p); !ok {
			return hint{}
		}
	}
	env := cfg.Env
	if env == nil {
		env = os.Environ()
	}
	var build []string
	for _, kv := range env {
		if k, _, _ := strings.Cut(kv, "="); strings.HasPrefix(k, "GO") || strings.HasPrefix(k, "CGO_") {
			build = append(build, kv)
		}
	}
	slices.Sort(build)
	key, _ := json.Marshal(struct {
		Version, Dir           string
		Patterns, Flags, Build []string
		Tests                  bool
	}{"1 " + runtime.Version(), dir, patterns, cfg.BuildFlags, build, cfg.Tests})
	sum := sha256.Sum256(key)
	return hint{file: filepath.Join(cache, "load", hex.EncodeToString(sum[:16]))}
}

// dirPattern reports whether pattern names packages by directory (".",
// "./x", "../x/...") and returns the directory it starts from, and
// whether it matches the directories below. Other patterns (import
// paths, "all", "std", file=) are not hintable: Program cannot tell
// without go list which packages they name.
func dirPattern(dir, pattern string) (base string, tree, ok bool) {
	rel := filepath.ToSlash(pattern)
	if rel != "." && rel != ".." && !strings.HasPrefix(rel, "./") && !strings.HasPrefix(rel, "../") {
		return "", false, false
	}
	if rest, found := strings.CutSuffix(rel, "/..."); found {
		rel, tree = rest, true
	}
	if strings.Contains(rel, "...") {
		return "", false, false
	}
	return filepath.Join(dir, filepath.FromSlash(rel)), tree, true
}

// unnamed reports whether go list would match none of the directories
// of extras with patterns: the hint can only be used then, since the
// packages it loads beyond the patterns are told from those named by
// their directories. A directory below a "..." pattern is unnamed only
// when go list ignores it: a path element is testdata or vendor, or
// begins with "." or "_".
func unnamed(dir string, patterns []string, extras []extra) bool {
	for _, p := range patterns {
		base, tree, _ := dirPattern(dir, p)
		for _, e := range extras {
			if !tree {
				if e.Dir == base {
					return false
				}
				continue
			}
			rel, err := filepath.Rel(base, e.Dir)
			if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
				continue // not below base
			}
			ignored := false
			for _, elem := range strings.Split(rel, string(filepath.Separator)) {
				ignored = ignored || elem == "testdata" || elem == "vendor" ||
					strings.HasPrefix(elem, ".") && elem != "." || strings.HasPrefix(elem, "_")
			}
			if !ignored {
				return false
			}
		}
	}
	return true
}

// read returns the extras the hint holds, and whether it holds any.
func (h hint) read() ([]extra, bool) {
	if h.file == "" {
		return nil, false
	}
	data, err := os.ReadFile(h.file)
	if err != nil {
		return nil, false
	}
	cachedir.Used(h.file)
	var extras []extra
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		path, dir, ok := strings.Cut(sc.Text(), "\t")
		if !ok || path == "" || !filepath.IsAbs(dir) {
			return nil, false // not a hint this version wrote
		}
		extras = append(extras, extra{path, dir})
	}
	return extras, true
}

// write records extras (nil: nothing to record), replacing the file atomically so that a
// concurrent run reads the old hint or the new one, never half of one.
// A hint that cannot be written is no error: the next run lists again.
func (h hint) write(extras []extra) {
	if h.file == "" || extras == nil {
		return
	}
	var buf bytes.Buffer
	for _, e := range extras {
		if strings.ContainsAny(e.Path+e.Dir, "\t\n") {
			return
		}
		buf.WriteString(e.Path + "\t" + e.Dir + "\n")
	}
	if old, err := os.ReadFile(h.file); err == nil && bytes.Equal(old, buf.Bytes()) {
		return
	}
	if err := os.MkdirAll(filepath.Dir(h.file), 0o755); err != nil {
		return
	}
	tmp, err := os.CreateTemp(filepath.Dir(h.file), "hint-*")
	if err != nil {
		return
	}
	_, werr := tmp.Write(buf.Bytes())
	if cerr := tmp.Close(); werr != nil || cerr != nil {
		os.Remove(tmp.Name())
		return
	}
	if os.Rename(tmp.Name(), h.file) != nil {
		os.Remove(tmp.Name())
	}
	cachedir.Trim(filepath.Dir(filepath.Dir(h.file)))
}
