package analyzer

import (
	"errors"

	"github.com/errcodes/errcodes/catalog"
)

// CheckConfigs loads each config at paths and the catalog it names, as a
// run would (through errcodes' catalog cache), and returns every problem,
// so that a driver can stop before it loads any package: one report, not
// one per package.
func CheckConfigs(paths []string) error {
	var errs catalog.ErrorList
	for _, path := range paths {
		cfg, err := catalog.LoadConfig(path)
		if err == nil {
			_, err = cfg.LoadCatalogCached(cacheDir())
		}
		if err == nil {
			continue
		}
		var list catalog.ErrorList
		if errors.As(err, &list) {
			errs = append(errs, list...)
		} else {
			errs = append(errs, &catalog.Error{Pos: catalog.Pos{File: path}, Msg: err.Error()})
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}
