package catalog

import (
	"encoding/json"
	"sort"
	"strings"

	"github.com/getkin/kin-openapi/openapi2"
	"github.com/getkin/kin-openapi/openapi2conv"
	"github.com/getkin/kin-openapi/openapi3"
	"go.yaml.in/yaml/v3"
)

// Swagger 2.0, as swaggo and go-swagger generate it for many Go
// services, is read as the openapi format: kin-openapi's openapi2conv
// converts it to OpenAPI 3, which is then read the same way. The
// conversion drops a response's examples (Swagger 2 keeps them by MIME
// type, beside the schema), so they are put back on the converted
// responses; and the basePath is a prefix handlers may be registered
// under, as a server URL's path is in OpenAPI 3.
//
//	swagger: "2.0"
//	basePath: /api/v1
//	paths:
//	  /accounts/{id}:
//	    get:
//	      operationId: showAccount
//	      responses:
//	        "404":
//	          description: Not Found
//	          schema: {$ref: "#/definitions/httputil.HTTPError"}
//	          examples:
//	            application/json: {code: account_not_found, message: account not found}

// readSwagger reads the Swagger 2.0 document root, repaired.
func (p *openapiParser) readSwagger(root *yaml.Node) (*openapi3.T, []string, *Error) {
	data, err := json.Marshal(nodeValue(root, 0))
	if err != nil {
		return nil, nil, errorf(p.pos(1), "cannot load the Swagger document: %v", err)
	}
	var doc2 openapi2.T
	if err := json.Unmarshal(data, &doc2); err != nil {
		return nil, nil, p.swaggerError(err)
	}
	loader := openapi3.NewLoader()
	loader.IsExternalRefsAllowed = false
	t, err := openapi2conv.ToV3WithLoader(&doc2, loader, nil)
	if err != nil {
		return nil, nil, p.swaggerError(err)
	}
	swaggerExamples(&doc2, t)
	var bases []string
	if doc2.BasePath != "" && doc2.BasePath != "/" {
		bases = append(bases, doc2.BasePath)
	}
	return t, bases, nil
}

// swaggerError positions an error of the Swagger reading or conversion,
// as loadError does for OpenAPI 3, and names the format.
func (p *openapiParser) swaggerError(err error) *Error {
	e := p.loadError(err)
	if strings.HasPrefix(err.Error(), "invalid host ") {
		e.Pos.Line = p.line("host")
	}
	e.Msg = strings.Replace(e.Msg, "the OpenAPI document", "the Swagger document", 1)
	return e
}

// swaggerExamples puts the examples of doc2's responses on the responses
// of t, its conversion, by MIME type.
func swaggerExamples(doc2 *openapi2.T, t *openapi3.T) {
	attach := func(r2 *openapi2.Response, r3 *openapi3.ResponseRef) {
		if r2 == nil || len(r2.Examples) == 0 || r3 == nil || r3.Value == nil || r2.Ref != "" {
			return
		}
		mimes := make([]string, 0, len(r2.Examples))
		for mt := range r2.Examples {
			mimes = append(mimes, mt)
		}
		sort.Strings(mimes)
		for _, mt := range mimes {
			if r3.Value.Content == nil {
				r3.Value.Content = make(openapi3.Content)
			}
			media := r3.Value.Content[mt]
			if media == nil {
				media = openapi3.NewMediaType()
				r3.Value.Content[mt] = media
			}
			if media.Example == nil {
				media.Example = r2.Examples[mt]
			}
		}
	}
	if t.Components != nil {
		for name, r2 := range doc2.Responses {
			attach(r2, t.Components.Responses[name])
		}
	}
	if t.Paths == nil {
		return
	}
	for path, item2 := range doc2.Paths {
		item3 := t.Paths.Value(path)
		if item2 == nil || item3 == nil {
			continue
		}
		for method, op2 := range item2.Operations() {
			op3 := item3.GetOperation(method)
			if op2 == nil || op3 == nil || op3.Responses == nil {
				continue
			}
			for key, r2 := range op2.Responses {
				attach(r2, op3.Responses.Value(key))
			}
		}
	}
}
