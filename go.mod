module github.com/errcodes/errcodes

go 1.26.0

require (
	github.com/getkin/kin-openapi v0.152.0 // indirect
	github.com/yuin/goldmark v1.8.7 // indirect
	go.yaml.in/yaml/v3 v3.0.6 // indirect
	golang.org/x/tools v0.52.0 // indirect
)
