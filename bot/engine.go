package bot

import (
	"context"

	"github.com/rolebot/rolebot/corpus"
)

// Engine answers questions from a corpus and its index. (Being written by the lead.)
type Engine struct{}

// Answer answers one question.
func (e *Engine) Answer(ctx context.Context, question string) (Answer, error) { return Answer{}, nil }

// Cards returns every role card sorted by id.
func (e *Engine) Cards() []corpus.Card { return nil }

// Close releases the index.
func (e *Engine) Close() error { return nil }
