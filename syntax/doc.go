// Package syntax turns English text into tokens with part-of-speech tags,
// lemmas and dependency trees in the style of Universal Dependencies.
//
// Parse tokenizes raw text (UD-style tokens: "don't" is "do" "n't", a
// possessive 's is its own token), splits it into sentences, tags each word
// with a universal (UPOS) and a Penn (XPOS) tag, lemmatizes it and parses the
// sentence with a greedy arc-hybrid transition parser. The tagger and parser
// are averaged perceptrons trained from the UD English EWT treebank
// (CC BY-SA 4.0) by Train; the model is embedded in the binary and loaded once.
//
// syntax performs no I/O at parse time: the model comes from the binary and
// everything else from the arguments. Training and CoNLL-U reading take an
// io.Reader or file names given by the caller.
package syntax
