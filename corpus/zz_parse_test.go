package corpus

import (
	"os"
	"testing"
)

func TestZZParse(t *testing.T) {
	dir := os.Getenv("PDIR")
	if dir == "" {
		t.Skip()
	}
	fsys, err := Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	c, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range c.Skipped {
		t.Logf("SKIPPED %+v", s)
	}
	for _, a := range c.Articles {
		t.Logf("ARTICLE %s %q", a.Slug, a.Title)
		for _, s := range a.Sections {
			t.Logf("   § %q (%d passages)", s.Heading, len(s.Passages))
			for _, p := range s.Passages {
				t.Logf("        %.90q", p.Text)
			}
		}
	}
}
