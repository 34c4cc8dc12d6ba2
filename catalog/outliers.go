package catalog

import (
	"strings"
	"unicode"
)

// A code style: how a catalog writes its codes.
type codeStyle int

const (
	styleOther      codeStyle = iota
	styleNumber               // 1003
	styleUpperSnake           // ORDER_NOT_FOUND, DENIED
	styleLowerSnake           // order_not_found, denied
	styleCamel                // OrderNotFound, orderNotFound
	styleDotted               // order.not_found
	styleDashed               // order-not-found
)

var styleNames = map[codeStyle]string{
	styleNumber: "numbers", styleUpperSnake: "UPPER_SNAKE", styleLowerSnake: "lower_snake",
	styleCamel: "CamelCase", styleDotted: "dotted", styleDashed: "dashed",
}

// styleOf says how a code is written.
func styleOf(code string) codeStyle {
	switch {
	case isNumber(code):
		return styleNumber
	case strings.Contains(code, "."):
		return styleDotted
	case strings.Contains(code, "-"):
		return styleDashed
	}
	upper, lower, other := false, false, false
	for _, r := range code {
		switch {
		case unicode.IsUpper(r):
			upper = true
		case unicode.IsLower(r):
			lower = true
		case r == '_' || unicode.IsDigit(r):
		default:
			other = true
		}
	}
	switch {
	case other:
		return styleOther
	case upper && !lower:
		return styleUpperSnake
	case lower && !upper:
		return styleLowerSnake
	case !strings.Contains(code, "_"):
		return styleCamel
	}
	return styleOther
}

// Outlier thresholds: a catalog of at least outlierMin codes, of which at
// least outlierShare are written one way, says how its codes look; the
// few written another way are likely not codes at all (a word read from a
// parameters table) or typos of the convention.
const (
	outlierMin   = 5
	outlierShare = 0.8
)

// outliers warns about codes written unlike nearly all the others of the
// catalog: a lowercase word among UPPER_SNAKE codes.
func (cat *Catalog) outliers() {
	count := make(map[codeStyle]int)
	for _, c := range cat.Codes {
		count[styleOf(c.Code)]++
	}
	n := len(cat.Codes)
	if n < outlierMin {
		return
	}
	for style, k := range count {
		if style == styleOther || style == styleNumber || float64(k) < outlierShare*float64(n) || k == n {
			continue
		}
		for _, c := range cat.Codes {
			// Numbers beside names, and names beside numbers, are
			// common on their own (a legacy numeric code, a TypeScript
			// enum with one string member): only names unlike the
			// other names are taken for a doubt.
			if s := styleOf(c.Code); s != style && s != styleNumber {
				cat.Warnings = append(cat.Warnings, errorf(c.Pos, "code %q is unlike the other codes of the catalog (%d of %d are %s); is it a code?",
					c.Code, k, n, styleNames[style]))
			}
		}
	}
}
