package slackbot

import (
	"context"
	"testing"
)

// BenchmarkRenderFirst renders the first message of a comparison answered
// by the real engine.
//
//	go test ./slackbot -run '^$' -bench RenderFirst
func BenchmarkRenderFirst(b *testing.B) {
	e := shipped(b)
	a, err := e.Answer(context.Background(), "what is the difference between a CTO and a CIO?")
	if err != nil {
		b.Fatal(err)
	}
	v := View{Cards: e.Cards()}
	for b.Loop() {
		Render(a, v)
	}
}

func BenchmarkAnswerEngine(b *testing.B) {
	e := shipped(b)
	for b.Loop() {
		e.Answer(context.Background(), "what is the difference between a CTO and a CIO?")
	}
}
