package corpus

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"go.yaml.in/yaml/v3"
)

// WriteCards writes cards as YAML in the format of roles/*.yaml, one
// document a card separated by "---", each headed by a comment naming the
// file it belongs in and, for a drafted card, what was drafted. Empty
// fields are written empty, for a person to fill in.
func WriteCards(w io.Writer, cards []Card) error {
	var b bytes.Buffer
	for i, k := range cards {
		if i > 0 {
			b.WriteString("---\n")
		}
		fmt.Fprintf(&b, "# roles/%s.yaml\n", k.ID)
		switch {
		case k.Drafted && k.SaysNothing():
			// A role the articles only name: no field to check, and
			// "drafted" would say there were.
			b.WriteString("# Only named in the articles: no passage says what the role is or does. Fill it in to give the role a card.\n")
		case k.Drafted:
			what := "the whole card"
			if len(k.DraftedFields) > 0 && len(k.DraftedFields) < len(cardFields) {
				what = strings.Join(k.DraftedFields, ", ")
			}
			fmt.Fprintf(&b, "# Drafted from the articles (%s): each field quotes the section it cites.\n", what)
			b.WriteString("# Check it, edit it, and save it as the file named above to make it yours.\n")
		}
		data, err := marshalCard(k)
		if err != nil {
			return fmt.Errorf("card %s: %w", k.ID, err)
		}
		b.Write(data)
	}
	_, err := w.Write(b.Bytes())
	return err
}

// marshalCard writes one card with its fields in the order of FORMAT.md,
// names and sources on one line each.
func marshalCard(k Card) ([]byte, error) {
	doc := &yaml.Node{Kind: yaml.MappingNode}
	add := func(key string, v *yaml.Node) {
		doc.Content = append(doc.Content, str(key), v)
	}
	add("id", str(k.ID))
	add("abbreviation", str(k.Abbreviation))
	add("title", str(k.Title))
	if len(k.Aliases) > 0 {
		add("aliases", seq(k.Aliases, yaml.FlowStyle))
	}
	add("summary", str(k.Summary))
	add("focus", str(k.Focus))
	add("responsibilities", seq(k.Responsibilities, 0))
	add("skills", seq(k.Skills, 0))
	if len(k.ConfusedWith) > 0 {
		add("confused_with", seq(k.ConfusedWith, yaml.FlowStyle))
	}
	if len(k.NoDraft) > 0 {
		add("no_draft", seq(k.NoDraft, yaml.FlowStyle))
	}
	sources := &yaml.Node{Kind: yaml.MappingNode}
	for _, f := range cardFields {
		ref, ok := k.Sources[f]
		if !ok || k.empty(f) {
			continue
		}
		sources.Content = append(sources.Content, str(f), &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle,
			Content: []*yaml.Node{str("article"), str(ref.Article), str("section"), str(ref.Section)}})
	}
	if len(sources.Content) > 0 {
		add("sources", sources)
	}
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, fmt.Errorf("encode: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("encode: %w", err)
	}
	return b.Bytes(), nil
}

func str(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s} }

func seq(items []string, style yaml.Style) *yaml.Node {
	n := &yaml.Node{Kind: yaml.SequenceNode, Style: style}
	if len(items) == 0 {
		n.Style = yaml.FlowStyle // "[]"
	}
	for _, s := range items {
		n.Content = append(n.Content, str(s))
	}
	return n
}
