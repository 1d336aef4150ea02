//go:build tools

// Package tools pins the FerretDB version built by infra/local/ferretdb.sh (see infra/README.md).
package tools

import _ "github.com/FerretDB/FerretDB/cmd/ferretdb"
