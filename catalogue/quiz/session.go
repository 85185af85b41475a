package quiz

import "github.com/ahp-careers/ahp-careers/catalogue"

// Session is a pupil going through the statements one at a time: which
// she is at and what she has answered, Back included, so that a window
// need only show it.
type Session struct {
	cat     *catalogue.Catalogue
	at      int // the statement shown; len(statements) once finished
	answers Answers
}

// NewSession starts the quiz of c at its first statement.
func NewSession(c *catalogue.Catalogue) *Session {
	return &Session{cat: c, answers: Answers{}}
}

// Current is the statement to answer and its number (from 1); ok is false
// once the session is finished.
func (s *Session) Current() (st *catalogue.QuizStatement, n int, ok bool) {
	if s.at >= len(s.cat.Quiz) {
		return nil, 0, false
	}
	return &s.cat.Quiz[s.at], s.at + 1, true
}

// Given is the answer already given to the current statement, after Back.
func (s *Session) Given() (Answer, bool) {
	st, _, ok := s.Current()
	if !ok {
		return NotSure, false
	}
	a, given := s.answers[st.ID]
	return a, given
}

// Answer answers the current statement and moves on; done is true when
// that was the last.
func (s *Session) Answer(a Answer) (done bool) {
	st, _, ok := s.Current()
	if !ok {
		return true
	}
	s.answers[st.ID] = a
	s.at++
	return s.at == len(s.cat.Quiz)
}

// Back goes to the statement before, whose answer can then be changed.
func (s *Session) Back() {
	if s.at > 0 {
		s.at--
	}
}

// AtStart is true at the first statement, where there is no Back.
func (s *Session) AtStart() bool { return s.at == 0 }

// Finish ends the session where it is, the statements not reached Not
// sure, and ranks the answers.
func (s *Session) Finish() *Result {
	s.at = len(s.cat.Quiz)
	r, err := Rank(s.cat, s.answers)
	if err != nil {
		panic(err) // the answers are to the catalogue's own statements
	}
	return r
}

// Answers are the answers given so far.
func (s *Session) Answers() Answers { return s.answers }
