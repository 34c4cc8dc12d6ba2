package catalog

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"golang.org/x/mod/modfile"
)

// ConfigsInScope returns the configs a run from dir may use, sorted. A
// run may check the packages of the module that encloses dir, of the
// modules its go.work uses and of the local directories go.mod or go.work
// replace modules with; each of those trees is walked for errcodes.yaml
// (packages below may have configs of their own), and the nearest
// errcodes.yaml above each tree's root, and above dir, is added: it
// governs the packages that have none closer. Hidden directories, those
// starting with _, vendor and node_modules are not walked; testdata is,
// since its packages can be named explicitly (go vet ./testdata/shop/...).
func ConfigsInScope(dir string) []string {
	found := make(map[string]bool)
	above := func(d string) {
		if p := FindConfig(d); p != "" {
			found[p] = true
		}
	}
	above(dir)
	for _, r := range ModuleRoots(dir) {
		above(r)
		walkConfigs(r, found)
	}
	paths := make([]string, 0, len(found))
	for p := range found {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	return paths
}

// ModuleRoots returns the root directories of the modules whose packages
// a go command run in dir may check, without repeats: the module that
// encloses dir (dir itself when none does), the modules its go.work uses,
// and the directories go.mod or go.work replace modules with.
func ModuleRoots(dir string) []string {
	root := dir
	mod := ""
	for d := dir; ; d = filepath.Dir(d) {
		if fi, err := os.Stat(filepath.Join(d, "go.mod")); err == nil && fi.Mode().IsRegular() {
			root, mod = d, filepath.Join(d, "go.mod")
			break
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	roots := []string{root}
	for _, r := range append(localModules(mod), localModules(findWork(dir))...) {
		if !slices.Contains(roots, r) {
			roots = append(roots, r)
		}
	}
	return roots
}

// walkConfigs adds every errcodes.yaml under root to found.
func walkConfigs(root string, found map[string]bool) {
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			name := d.Name()
			if path != root && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") ||
				name == "vendor" || name == "node_modules") {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Name() == ConfigName {
			found[path] = true
		}
		return nil
	})
}

// findWork returns the go.work a go command run in dir uses, as the go
// command finds it: $GOWORK ("off" for none), else the nearest go.work
// above dir. It returns "" when there is none.
func findWork(dir string) string {
	switch w := os.Getenv("GOWORK"); w {
	case "off":
		return ""
	case "":
	default:
		if filepath.IsAbs(w) {
			return w
		}
		return ""
	}
	for d := dir; ; d = filepath.Dir(d) {
		p := filepath.Join(d, "go.work")
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
			return p
		}
		if filepath.Dir(d) == d {
			return ""
		}
	}
}

// localModules returns the directories of the modules the go.mod or
// go.work file at path brings into a build from the local file system:
// a go.work's use directives, and the replacements by a directory of
// either. It returns nil if path is "" or does not parse: the go command
// will say what is wrong with it.
func localModules(path string) []string {
	if path == "" {
		return nil
	}
	data, err := readFile(path)
	if err != nil {
		return nil
	}
	base := filepath.Dir(path)
	var dirs []string
	add := func(d string) {
		if !filepath.IsAbs(d) {
			d = filepath.Join(base, d)
		}
		dirs = append(dirs, filepath.Clean(d))
	}
	var replaces []*modfile.Replace
	if filepath.Base(path) == "go.work" {
		w, err := modfile.ParseWork(path, data, nil)
		if err != nil {
			return nil
		}
		for _, u := range w.Use {
			add(u.Path)
		}
		replaces = w.Replace
	} else {
		m, err := modfile.Parse(path, data, nil)
		if err != nil {
			return nil
		}
		replaces = m.Replace
	}
	for _, r := range replaces {
		// A replacement by a directory has no version, and its path
		// starts with ./ or ../ or is absolute (modfile.IsDirectoryPath).
		if r.New.Version == "" && modfile.IsDirectoryPath(r.New.Path) {
			add(r.New.Path)
		}
	}
	return dirs
}

// FingerprintConfigs returns a hash of the configs at paths and of every
// catalog file they name (see Config.Fingerprint), for tools whose cache
// must see an edited catalog. A config that does not load hashes as its
// bytes, so that fixing it changes the hash too.
func FingerprintConfigs(paths []string) []byte {
	h := sha256.New()
	for _, path := range paths {
		fmt.Fprintf(h, "config %s\n", path)
		cfg, err := LoadConfig(path)
		if err != nil {
			data, _ := readFile(path)
			h.Write(data)
			continue
		}
		h.Write(cfg.Fingerprint())
	}
	return h.Sum(nil)
}
