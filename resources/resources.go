// Package resources holds the assets embedded in the binary, so the app runs
// with no network and no files beside it: the catalogue and the icon.
package resources

import _ "embed"

// Catalogue is the built-in catalogue of the 15 Allied Health Professions,
// in the TOML format the catalogue package reads.
//
//go:embed catalogue.toml
var Catalogue []byte

// CatalogueName is how errors in the built-in catalogue name their file.
const CatalogueName = "resources/catalogue.toml"

// Icon is the application icon, a 512x512 PNG.
//
//go:embed icon.png
var Icon []byte
