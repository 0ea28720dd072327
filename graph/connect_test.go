package graph_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestSplitAlphas(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"127.0.0.1:9080", []string{"127.0.0.1:9080"}},
		{"a:9080,b:9080", []string{"a:9080", "b:9080"}},
		{" a:9080 , b:9080 ,", []string{"a:9080", "b:9080"}},
		{",,", nil},
	} {
		if got := graph.SplitAlphas(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("SplitAlphas(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestConnectRejectsBadOptions: options that cannot work fail before
// anything is dialled, naming the file at fault.
func TestConnectRejectsBadOptions(t *testing.T) {
	dir := t.TempDir()
	notPEM := filepath.Join(dir, "ca.crt")
	os.WriteFile(notPEM, []byte("not a certificate\n"), 0o644)
	missing := filepath.Join(dir, "missing.crt")
	dead := []string{"127.0.0.1:1"}
	for _, tt := range []struct {
		name string
		opts graph.ConnectOptions
		want string
	}{
		{"no alpha", graph.ConnectOptions{}, "no alpha"},
		{"missing CA", graph.ConnectOptions{Alphas: dead, TLS: graph.TLSOptions{CACert: missing}}, missing},
		{"CA not PEM", graph.ConnectOptions{Alphas: dead, TLS: graph.TLSOptions{CACert: notPEM}}, notPEM},
		{"cert without key", graph.ConnectOptions{Alphas: dead, TLS: graph.TLSOptions{Cert: notPEM}}, "--tls-key"},
		{"bad key pair", graph.ConnectOptions{Alphas: dead, TLS: graph.TLSOptions{Cert: notPEM, Key: missing}}, notPEM},
		{"password without user", graph.ConnectOptions{Alphas: dead, Password: "x"}, "no user"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			st, err := graph.Connect(context.Background(), tt.opts)
			if err == nil {
				st.Close()
				t.Fatal("Connect succeeded")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not say %q", err, tt.want)
			}
		})
	}
}
