package holdtraps

import (
	"maps"
	"net/http"
)

// Maps of API errors that something changes after their literal. Each
// has an entry for ErrNoSuchKey that is no longer what its literal says
// when a handler looks it up.

// noSuchKey is the entry each map starts with.
func noSuchKey() APIError {
	return APIError{Code: "NoSuchKey", Description: "The specified key does not exist.", HTTPStatusCode: http.StatusNotFound}
}

// aliasCodes is changed through another variable holding the same map.
var aliasCodes = errorCodeMap{
	ErrNoSuchKey: {Code: "NoSuchKey", Description: "The specified key does not exist.", HTTPStatusCode: http.StatusNotFound},
}

// setCodes is changed by a method of the map type.
var setCodes = errorCodeMap{
	ErrNoSuchKey: {Code: "NoSuchKey", Description: "The specified key does not exist.", HTTPStatusCode: http.StatusNotFound},
}

// set replaces the error of code.
func (e errorCodeMap) set(code APIErrorCode, apiErr APIError) { e[code] = apiErr }

// resetCodes is replaced by a method with a pointer receiver.
var resetCodes = errorCodeMap{
	ErrNoSuchKey: {Code: "NoSuchKey", Description: "The specified key does not exist.", HTTPStatusCode: http.StatusNotFound},
}

// reset replaces the map by one with the internal error only.
func (e *errorCodeMap) reset() {
	*e = errorCodeMap{ErrNoSuchKey: errorCodes[ErrInternalError]}
}

// copiedCodes has entries copied over it in init (in init.go).
var copiedCodes = errorCodeMap{
	ErrNoSuchKey: {Code: "NoSuchKey", Description: "The specified key does not exist.", HTTPStatusCode: http.StatusNotFound},
}

// overrides replace some errors of copiedCodes.
var overrides = errorCodeMap{ErrNoSuchKey: errorCodes[ErrSlowDown]}

// lateCodes gains an entry in init (in init.go), another file.
var lateCodes = errorCodeMap{
	ErrNoSuchKey: {Code: "NoSuchKey", Description: "The specified key does not exist.", HTTPStatusCode: http.StatusNotFound},
}

// swappedCodes is assigned another map in init (in init.go).
var swappedCodes = errorCodeMap{
	ErrNoSuchKey: {Code: "NoSuchKey", Description: "The specified key does not exist.", HTTPStatusCode: http.StatusNotFound},
}

// clearedCodes is emptied when the configuration reloads.
var clearedCodes = errorCodeMap{
	ErrNoSuchKey: {Code: "NoSuchKey", Description: "The specified key does not exist.", HTTPStatusCode: http.StatusNotFound},
}

// reloadConfig forgets the errors of the old configuration.
func reloadConfig() {
	clear(clearedCodes)
	delete(deletedCodes, ErrNoSuchKey)
}

// deletedCodes loses an entry when the configuration reloads.
var deletedCodes = errorCodeMap{
	ErrNoSuchKey: {Code: "NoSuchKey", Description: "The specified key does not exist.", HTTPStatusCode: http.StatusNotFound},
}

// putAll stores v under each key of dst.
func putAll[M ~map[K]V, K comparable, V any](dst M, v V, keys ...K) {
	for _, k := range keys {
		dst[k] = v
	}
}

// genericCodes is changed by a generic helper.
var genericCodes = errorCodeMap{
	ErrNoSuchKey: {Code: "NoSuchKey", Description: "The specified key does not exist.", HTTPStatusCode: http.StatusNotFound},
}

// exportedCodes is handed out by a function: its callers may change it.
var exportedCodes = errorCodeMap{
	ErrNoSuchKey: {Code: "NoSuchKey", Description: "The specified key does not exist.", HTTPStatusCode: http.StatusNotFound},
}

// Codes returns the API errors.
func Codes() errorCodeMap { return exportedCodes }

// hookedCodes is changed by a hook, a function literal of a variable.
var hookedCodes = errorCodeMap{
	ErrNoSuchKey: {Code: "NoSuchKey", Description: "The specified key does not exist.", HTTPStatusCode: http.StatusNotFound},
}

// onThrottle throttles every missing key.
var onThrottle = func() { hookedCodes[ErrNoSuchKey] = errorCodes[ErrSlowDown] }

// asyncCodes is changed by a goroutine.
var asyncCodes = errorCodeMap{
	ErrNoSuchKey: {Code: "NoSuchKey", Description: "The specified key does not exist.", HTTPStatusCode: http.StatusNotFound},
}

// startThrottler throttles every missing key, later.
func startThrottler() {
	go func() { asyncCodes[ErrNoSuchKey] = errorCodes[ErrSlowDown] }()
}

// boundCodes is changed through a method value.
var boundCodes = errorCodeMap{
	ErrNoSuchKey: {Code: "NoSuchKey", Description: "The specified key does not exist.", HTTPStatusCode: http.StatusNotFound},
}

// setBound is boundCodes.set, kept for the admin API.
var setBound = boundCodes.set

// server keeps its error table.
type server struct {
	codes errorCodeMap
}

// heldCodes is kept in a struct field, which any method may change.
var heldCodes = errorCodeMap{
	ErrNoSuchKey: {Code: "NoSuchKey", Description: "The specified key does not exist.", HTTPStatusCode: http.StatusNotFound},
}

var srv = &server{codes: heldCodes}

// throttle throttles every missing key.
func (s *server) throttle() { s.codes[ErrNoSuchKey] = errorCodes[ErrSlowDown] }

// pointerCodes holds its errors through interfaces: a lookup gives the
// pointer, whose error any holder may change.
var pointerCodes = map[APIErrorCode]error{
	ErrNoSuchKey: &APIError{Code: "NoSuchKey", Description: "The specified key does not exist.", HTTPStatusCode: http.StatusNotFound},
}

// throttlePointers throttles every missing key.
func throttlePointers() {
	if apiErr, ok := pointerCodes[ErrNoSuchKey].(*APIError); ok {
		apiErr.Code, apiErr.HTTPStatusCode = "SlowDown", http.StatusServiceUnavailable
	}
}

// rangedCodes is ranged over by value: changing the copy leaves the map
// as it is.
var rangedCodes = errorCodeMap{
	ErrNoSuchKey: {Code: "NoSuchKey", Description: "The specified key does not exist.", HTTPStatusCode: http.StatusNotFound},
}

// describe fills in every description, on copies.
func describe() {
	for code, apiErr := range rangedCodes {
		apiErr.Code = "SlowDown"
		_ = code
	}
}

// legacyCode is an error code of the old API, numbered like the new
// one.
type legacyCode int

// legacyNoSuchKey is ErrNoSuchKey in the old API.
const legacyNoSuchKey legacyCode = 5

// resetAll, throttle and the rest run from the admin API.
func adminReload() {
	aliasCodes := aliasCodes
	aliasCodes[ErrNoSuchKey] = errorCodes[ErrSlowDown]
	setCodes.set(ErrNoSuchKey, errorCodes[ErrSlowDown])
	resetCodes.reset()
	reloadConfig()
	putAll(genericCodes, errorCodes[ErrSlowDown], ErrNoSuchKey)
	onThrottle()
	startThrottler()
	setBound(ErrNoSuchKey, errorCodes[ErrSlowDown])
	srv.throttle()
	throttlePointers()
	describe()
	_ = maps.Clone(overrides)
}
