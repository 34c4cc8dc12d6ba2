package catalog

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// ConfigsInScope returns the configs a run from dir may use, sorted: the
// nearest errcodes.yaml above dir, and every errcodes.yaml inside the
// module that encloses dir (packages below may have configs of their
// own). Hidden directories, those starting with _, vendor and
// node_modules are not walked; testdata is, since its packages can be
// named explicitly (go vet ./testdata/shop/...).
func ConfigsInScope(dir string) []string {
	found := make(map[string]bool)
	if p := FindConfig(dir); p != "" {
		found[p] = true
	}
	root := dir
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			root = d
			break
		}
		if filepath.Dir(d) == d {
			break
		}
	}
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
	paths := make([]string, 0, len(found))
	for p := range found {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	return paths
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
			data, _ := os.ReadFile(path)
			h.Write(data)
			continue
		}
		h.Write(cfg.Fingerprint())
	}
	return h.Sum(nil)
}
