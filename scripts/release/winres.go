package main

import (
	"fmt"
	"strings"
	"time"
)

const (
	company     = "AHP Careers"
	description = "AHP Careers: careers in the Allied Health Professions"
	exeName     = "ahp-careers.exe"
)

// manifest declares per-monitor DPI awareness (sharp text at 125 % and
// 150 %), visual styles (Common Controls 6, for the save dialog), Windows
// 10 and 11, and that the program runs as the user, never elevated.
func manifest(m meta) string {
	return fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<assembly xmlns="urn:schemas-microsoft-com:asm.v1" manifestVersion="1.0" xmlns:asmv3="urn:schemas-microsoft-com:asm.v3">
  <assemblyIdentity type="win32" name="%s" version="%s" processorArchitecture="amd64"/>
  <description>%s</description>
  <dependency>
    <dependentAssembly>
      <assemblyIdentity type="win32" name="Microsoft.Windows.Common-Controls" version="6.0.0.0" processorArchitecture="*" publicKeyToken="6595b64144ccf1df" language="*"/>
    </dependentAssembly>
  </dependency>
  <compatibility xmlns="urn:schemas-microsoft-com:compatibility.v1">
    <application>
      <supportedOS Id="{8e0f7a12-bfb3-4fe8-b9a5-48fd50a15a9a}"/>
    </application>
  </compatibility>
  <asmv3:application>
    <asmv3:windowsSettings>
      <dpiAware xmlns="http://schemas.microsoft.com/SMI/2005/WindowsSettings">true/pm</dpiAware>
      <dpiAwareness xmlns="http://schemas.microsoft.com/SMI/2016/WindowsSettings">PerMonitorV2, PerMonitor</dpiAwareness>
    </asmv3:windowsSettings>
  </asmv3:application>
  <trustInfo xmlns="urn:schemas-microsoft-com:asm.v3">
    <security>
      <requestedPrivileges>
        <requestedExecutionLevel level="asInvoker" uiAccess="false"/>
      </requestedPrivileges>
    </security>
  </trustInfo>
</assembly>
`, xmlEscape(m.Details.ID), strings.ReplaceAll(fileVersion(m.Details.Version, m.Details.Build), ",", "."), xmlEscape(description))
}

// resourceScript is the windres input: the icon, the manifest and the
// version information Explorer shows under Properties > Details.
func resourceScript(m meta, year int) string {
	fv := fileVersion(m.Details.Version, m.Details.Build)
	str := func(key, value string) string {
		return fmt.Sprintf("      VALUE %q, %s\n", key, rcString(value))
	}
	var b strings.Builder
	b.WriteString("#pragma code_page(65001)\n")
	b.WriteString("1 ICON \"app.ico\"\n")
	b.WriteString("1 24 \"app.manifest\"\n") // 24: RT_MANIFEST
	fmt.Fprintf(&b, "1 VERSIONINFO\nFILEVERSION %s\nPRODUCTVERSION %s\nFILEOS 0x40004\nFILETYPE 0x1\n", fv, fv)
	b.WriteString("BEGIN\n  BLOCK \"StringFileInfo\"\n  BEGIN\n    BLOCK \"080904B0\"\n    BEGIN\n")
	b.WriteString(str("CompanyName", company))
	b.WriteString(str("FileDescription", description))
	b.WriteString(str("FileVersion", m.Details.Version))
	b.WriteString(str("InternalName", "ahp-careers"))
	b.WriteString(str("LegalCopyright", fmt.Sprintf("© %d %s", year, company)))
	b.WriteString(str("OriginalFilename", exeName))
	b.WriteString(str("ProductName", m.Details.Name))
	b.WriteString(str("ProductVersion", m.Details.Version))
	// 0x809: English (United Kingdom); 1200: Unicode.
	b.WriteString("    END\n  END\n  BLOCK \"VarFileInfo\"\n  BEGIN\n    VALUE \"Translation\", 0x809, 1200\n  END\nEND\n")
	return b.String()
}

// rcString quotes s for a resource script: "" for a quote, and an L prefix
// so that windres stores it as UTF-16 (the © sign).
func rcString(s string) string {
	return `L"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

// releaseYear is the copyright year: SOURCE_DATE_EPOCH's when set, so a
// rebuild of the same commit gives the same bytes.
func releaseYear(sourceDate time.Time) int { return sourceDate.UTC().Year() }
