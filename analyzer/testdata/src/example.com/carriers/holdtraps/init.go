package holdtraps

import "maps"

func init() {
	maps.Copy(copiedCodes, overrides)
	lateCodes[ErrNoSuchKey] = errorCodes[ErrSlowDown]
	swappedCodes = errorCodeMap{ErrNoSuchKey: errorCodes[ErrInternalError]}
}
