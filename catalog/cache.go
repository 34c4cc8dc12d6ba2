package catalog

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"github.com/errcodes/errcodes/internal/cachedir"
	"os"
	"path/filepath"
)

// LoadCatalogCached is LoadCatalog with a cache on disk: under go vet every
// package is its own process, and each that can emit a code would otherwise
// parse the same catalog again (a 5,000-code YAML file takes about 100 ms
// to parse; its cached form a tenth of that). The cache key covers the
// config, every catalog file's content, and the running executable (its
// path, size and modification time), so a changed file or a new errcodes
// never reads a stale entry. dir "" means no cache; any cache failure falls
// back to parsing. A catalog that does not load is never cached.
func (c *Config) LoadCatalogCached(dir string) (*Catalog, error) {
	if dir == "" || c.File == "" || c.ReadFile != nil {
		return c.LoadCatalog()
	}
	key, ok := c.cacheKey()
	if !ok {
		return c.LoadCatalog()
	}
	path := filepath.Join(dir, key+".gob")
	if data, err := os.ReadFile(path); err == nil {
		if body, ok := verified(key, data); ok {
			var cat Catalog
			if gob.NewDecoder(bytes.NewReader(body)).Decode(&cat) == nil {
				cat.reindex()
				cachedir.Used(path)
				return &cat, nil
			}
		}
	}
	cat, err := c.LoadCatalog()
	if err != nil {
		return nil, err
	}
	var body bytes.Buffer
	if gob.NewEncoder(&body).Encode(cat) == nil && os.MkdirAll(dir, 0o755) == nil {
		sum := entrySum(key, body.Bytes())
		buf := bytes.NewBuffer(sum)
		buf.Write(body.Bytes())
		// Write and rename, so that a concurrent reader never sees half a file.
		if tmp, err := os.CreateTemp(dir, key+".*.tmp"); err == nil {
			_, werr := tmp.Write(buf.Bytes())
			cerr := tmp.Close()
			if werr == nil && cerr == nil {
				os.Rename(tmp.Name(), path)
			}
			os.Remove(tmp.Name())
		}
		cachedir.Trim(dir)
	}
	return cat, nil
}

// A cache entry is the SHA-256 of its key and its gob, then the gob.

// entrySum returns the sum that starts the entry of key.
func entrySum(key string, body []byte) []byte {
	h := sha256.New()
	h.Write([]byte(key))
	h.Write(body)
	return h.Sum(nil)
}

// verified returns the gob of the cache entry data of key, if its sum is
// right: an entry edited by hand, cut short, or copied from another key
// is parsed anew rather than trusted because it still decodes.
func verified(key string, data []byte) ([]byte, bool) {
	if len(data) < sha256.Size {
		return nil, false
	}
	sum, body := data[:sha256.Size], data[sha256.Size:]
	return body, bytes.Equal(sum, entrySum(key, body))
}

func (c *Config) cacheKey() (string, bool) {
	exe, err := os.Executable()
	if err != nil {
		return "", false
	}
	fi, err := os.Stat(exe)
	if err != nil {
		return "", false
	}
	h := sha256.New()
	fmt.Fprintf(h, "errcodes catalog cache 3\n%s %d %d\n", exe, fi.Size(), fi.ModTime().UnixNano())
	h.Write(c.Fingerprint())
	return hex.EncodeToString(h.Sum(nil)[:16]), true
}

// reindex rebuilds the lookup indexes of a decoded catalog.
func (cat *Catalog) reindex() {
	cat.index = make(map[string]*Code, 2*len(cat.Codes))
	cat.endpoints = make(map[string]bool)
	for _, c := range cat.Codes {
		cat.index[c.Code] = c
		for _, ep := range c.Endpoints {
			cat.endpoints[ep] = true
		}
	}
	for _, c := range cat.Codes {
		if c.Name != "" && cat.index[c.Name] == nil {
			cat.index[c.Name] = c
		}
	}
	for _, h := range cat.Holes {
		if h.Code == Placeholder && h.Endpoint != "" {
			cat.endpoints[h.Endpoint] = true
		}
	}
	for _, d := range cat.EndpointDocs {
		cat.endpoints[d.Endpoint] = true
	}
	for _, nc := range cat.Named {
		nc.reindex()
	}
}
