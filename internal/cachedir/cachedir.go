// Package cachedir says where errcodes keeps what it caches across
// processes: parsed catalogs, and the load hints of internal/load.
package cachedir

import (
	"os"
	"path/filepath"
)

// Dir returns $ERRCODES_CACHE, or errcodes/ in the user's cache
// directory; "" (no cache) when ERRCODES_CACHE is "off" or there is no
// cache directory.
func Dir() string {
	switch dir := os.Getenv("ERRCODES_CACHE"); dir {
	case "off":
		return ""
	case "":
		base, err := os.UserCacheDir()
		if err != nil {
			return ""
		}
		return filepath.Join(base, "errcodes")
	default:
		return dir
	}
}
