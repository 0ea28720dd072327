package main

import (
	"crypto/rand"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

// TestClusterFlagsChecked covers what is refused before anything is
// dialled: these are usage errors, and never start the managed Dgraph.
func TestClusterFlagsChecked(t *testing.T) {
	t.Setenv(envPassword, "")
	for _, tt := range []struct {
		name, alpha string
		args        []string
		want        string
	}{
		{"user without password", "127.0.0.1:1", []string{"--user", "groot"}, "GEOKG_PASSWORD"},
		{"password file without user", "127.0.0.1:1", []string{"--password-file", "pw"}, "no --user"},
		{"cert without key", "127.0.0.1:1", []string{"--tls-cert", "c.crt"}, "--tls-key"},
		{"TLS without --alpha", "", []string{"--tls-cacert", "ca.crt"}, "--alpha"},
		{"no address", " , ", nil, "names no address"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, tt.alpha)
			code := e.run(append(tt.args, "query", "{ q(func: has(xid)) { xid } }")...)
			if code != exitUsage || !strings.Contains(e.stderr.String(), tt.want) {
				t.Errorf("exit %d, want %d with %q: %s", code, exitUsage, tt.want, e.stderr)
			}
		})
	}
}

// TestSecuredDgraph runs geokg against an alpha with TLS that verifies
// client certificates and with ACL, whose access tokens expire after a few
// seconds: loads and queries work with the right flags, and each missing or
// wrong piece fails with an error that says what to check.
func TestSecuredDgraph(t *testing.T) {
	files := graphtest.NewTLSFiles(t)
	secret := filepath.Join(t.TempDir(), "hmac-secret")
	if err := os.WriteFile(secret, []byte((rand.Text() + rand.Text())[:32]), 0o600); err != nil {
		t.Fatal(err)
	}
	const password = "password" // Dgraph's default for groot
	client := graph.ConnectOptions{
		TLS:  graph.TLSOptions{CACert: files.CACert, Cert: files.ClientCert, Key: files.ClientKey},
		User: "groot", Password: password,
	}
	status := graphtest.Secured(t, client,
		"--tls=ca-cert="+files.CACert+"; server-cert="+files.ServerCert+"; server-key="+files.ServerKey+"; client-auth-type=REQUIREANDVERIFY; use-system-ca=false;",
		"--acl=secret-file="+secret+"; access-ttl=3s;")

	tlsFlags := []string{"--tls-cacert", files.CACert, "--tls-cert", files.ClientCert, "--tls-key", files.ClientKey}
	all := append(append([]string{}, tlsFlags...), "--user", "groot")
	t.Setenv(envPassword, password)

	e := newEnv(t, status.AlphaGRPC)
	if code := e.run(append(all, "schema", "--apply")...); code != 0 {
		t.Fatalf("schema --apply: exit %d: %s", code, e.stderr)
	}
	if code := e.run(append(all, "load", "testdata/articles")...); code != 0 {
		t.Fatalf("load: exit %d: %s", code, e.stderr)
	}
	countArticles := func(e *env, args ...string) int {
		t.Helper()
		if code := e.run(append(args, "query", "{ a(func: type(Article)) { n: count(uid) } }")...); code != 0 {
			t.Fatalf("query: exit %d: %s", code, e.stderr)
		}
		var res struct{ A []struct{ N int } }
		if err := json.Unmarshal(e.stdout.Bytes(), &res); err != nil || len(res.A) != 1 {
			t.Fatalf("query answer %s: %v", e.stdout, err)
		}
		return res.A[0].N
	}
	if n := countArticles(e, all...); n != 3 {
		t.Errorf("articles after the load = %d, want 3", n)
	}

	t.Run("password file", func(t *testing.T) {
		t.Setenv(envPassword, "")
		pw := filepath.Join(t.TempDir(), "pw")
		os.WriteFile(pw, []byte(password+"\n"), 0o600)
		if n := countArticles(newEnv(t, status.AlphaGRPC), append(all, "--password-file", pw)...); n != 3 {
			t.Errorf("articles = %d, want 3", n)
		}
	})

	t.Run("token renewed after it expired", func(t *testing.T) {
		st, err := graph.Connect(t.Context(), graph.ConnectOptions{Alphas: []string{status.AlphaGRPC}, TLS: client.TLS, User: "groot", Password: password})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		time.Sleep(4 * time.Second) // access-ttl=3s
		c, err := st.Counts(t.Context())
		if err != nil {
			t.Fatalf("query after the access token expired: %v", err)
		}
		if c["Article"] != 3 {
			t.Errorf("articles = %d, want 3", c["Article"])
		}
	})

	for _, tt := range []struct {
		name string
		env  string // GEOKG_PASSWORD
		args []string
		want []string // in stderr
	}{
		{"wrong password", "not-the-password", all, []string{"refused the login", "groot"}},
		{"no login", password, tlsFlags, []string{status.AlphaGRPC, "asks for a login", "--user"}},
		{"no TLS", password, []string{"--user", "groot"}, []string{"serves TLS", "--tls-cacert"}},
		{"untrusted CA", password, []string{"--tls-cacert", files.OtherCACert, "--tls-cert", files.ClientCert, "--tls-key", files.ClientKey, "--user", "groot"}, []string{"TLS handshake with dgraph failed", "--tls-cacert"}},
		{"no client certificate", password, []string{"--tls-cacert", files.CACert, "--user", "groot"}, []string{status.AlphaGRPC, "TLS handshake with dgraph failed", "--tls-cert"}},
		{"wrong server name", password, append(append([]string{}, all...), "--tls-server-name", "dgraph.example.org"), []string{"TLS handshake with dgraph failed", "--tls-server-name"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(envPassword, tt.env)
			e := newEnv(t, status.AlphaGRPC)
			code := e.run(append(tt.args, "query", "{ a(func: type(Article)) { n: count(uid) } }")...)
			t.Logf("stderr: %s", e.stderr)
			if code != exitFailure {
				t.Errorf("exit %d, want %d: %s%s", code, exitFailure, e.stdout, e.stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(e.stderr.String(), w) {
					t.Errorf("stderr does not say %q:\n%s", w, e.stderr)
				}
			}
		})
	}
}

// TestSeveralAlphas gives --alpha two addresses (through GEOKG_ALPHA, with
// a space after the comma): both are dialled, and a dead one among them
// fails the command with its address.
func TestSeveralAlphas(t *testing.T) {
	graphtest.Store(t)
	addr := graphtest.Addr(t)
	t.Setenv("GEOKG_ALPHA", addr+", "+addr)
	e := newEnv(t, "")
	if code := e.run("load", "testdata/articles"); code != 0 {
		t.Fatalf("load: exit %d: %s", code, e.stderr)
	}
	if !strings.Contains(e.stdout.String(), "articles 3") {
		t.Errorf("load summary = %q", e.stdout)
	}
	e = newEnv(t, addr+",127.0.0.1:1")
	if code := e.run("query", "{ q(func: has(xid)) { xid } }"); code != exitFailure || !strings.Contains(e.stderr.String(), "127.0.0.1:1") {
		t.Errorf("a dead alpha among two: exit %d: %s", code, e.stderr)
	}
}
