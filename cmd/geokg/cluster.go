package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/geokg/geokg/graph"
)

// clusterOptions are the global flags for a Dgraph cluster or a secured
// alpha: TLS and ACL login. The alphas themselves come from --alpha, which
// takes several addresses separated by commas.
type clusterOptions struct {
	CACert, Cert, Key, ServerName string

	User         string
	PasswordFile string
	Namespace    uint64
}

// envPassword carries the ACL password. A password is never a flag value:
// flags show in process lists (ps, /proc/PID/cmdline) to every user of the
// machine, the environment and a file do not.
const envPassword = "GEOKG_PASSWORD"

func clusterFlags(o *clusterOptions) []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "tls-cacert", Usage: "connect over TLS, trusting the CA certificate in PEM `FILE` (Dgraph's --tls ca-cert)", EnvVars: []string{"GEOKG_TLS_CACERT"}, Destination: &o.CACert},
		&cli.StringFlag{Name: "tls-cert", Usage: "TLS client certificate PEM `FILE`, for alphas that verify clients (with --tls-key)", EnvVars: []string{"GEOKG_TLS_CERT"}, Destination: &o.Cert},
		&cli.StringFlag{Name: "tls-key", Usage: "TLS client key PEM `FILE` (with --tls-cert)", EnvVars: []string{"GEOKG_TLS_KEY"}, Destination: &o.Key},
		&cli.StringFlag{Name: "tls-server-name", Usage: "connect over TLS and expect `NAME` in the alphas' certificates (default: the host of --alpha)", EnvVars: []string{"GEOKG_TLS_SERVER_NAME"}, Destination: &o.ServerName},
		&cli.StringFlag{Name: "user", Usage: "log in to Dgraph's ACL as `USER` (e.g. groot); the password comes from $" + envPassword + " or --password-file", EnvVars: []string{"GEOKG_USER"}, Destination: &o.User},
		&cli.StringFlag{Name: "password-file", Usage: "read the ACL password from the first line of `FILE` (instead of $" + envPassword + ")", EnvVars: []string{"GEOKG_PASSWORD_FILE"}, Destination: &o.PasswordFile},
		&cli.Uint64Flag{Name: "namespace", Usage: "log in to ACL namespace `N`", EnvVars: []string{"GEOKG_NAMESPACE"}, Destination: &o.Namespace},
	}
}

// secured reports whether TLS or a login is asked for: then geokg never
// starts the managed local Dgraph, which has neither.
func (o clusterOptions) secured() bool {
	return o.User != "" || o.PasswordFile != "" || o.CACert != "" || o.Cert != "" || o.Key != "" || o.ServerName != ""
}

// checkCluster rejects flag combinations that cannot work before anything
// is dialled, as usage errors that say what to add.
func (g *globalOptions) checkCluster() error {
	o := g.Cluster
	if (o.Cert == "") != (o.Key == "") {
		return usageErr("--tls-cert and --tls-key go together: give both, or neither")
	}
	if o.PasswordFile != "" && o.User == "" {
		return usageErr("--password-file is given but no --user to log in as")
	}
	if o.User != "" && o.PasswordFile == "" && os.Getenv(envPassword) == "" {
		return usageErr("--user %s needs a password: set %s or give --password-file FILE", o.User, envPassword)
	}
	if o.secured() && g.Alpha == "" {
		return usageErr("TLS or --user are for a Dgraph of your own: give its address with --alpha (the managed local Dgraph has no TLS or ACL)")
	}
	return nil
}

// password returns the ACL password: the first line of --password-file,
// else $GEOKG_PASSWORD.
func (o clusterOptions) password() (string, error) {
	if o.PasswordFile == "" {
		return os.Getenv(envPassword), nil
	}
	b, err := os.ReadFile(o.PasswordFile)
	if err != nil {
		return "", fmt.Errorf("read the password file: %w", err)
	}
	pw, _, _ := strings.Cut(string(b), "\n")
	pw = strings.TrimSuffix(pw, "\r")
	if pw == "" {
		return "", fmt.Errorf("read the password file %s: its first line is empty", o.PasswordFile)
	}
	return pw, nil
}

// dial connects to alpha, which may list several alphas of one cluster
// separated by commas, with the TLS and login options of the flags.
func (g *globalOptions) dial(ctx context.Context, alpha string) (*graph.Store, error) {
	opts := graph.ConnectOptions{
		Alphas: graph.SplitAlphas(alpha),
		TLS: graph.TLSOptions{
			CACert: g.Cluster.CACert, Cert: g.Cluster.Cert, Key: g.Cluster.Key, ServerName: g.Cluster.ServerName,
		},
		User:      g.Cluster.User,
		Namespace: g.Cluster.Namespace,
		Dial: graph.DialOptions{Timeout: g.Timeout, OnWait: func(w graph.Wait) {
			g.notice("waiting for Dgraph at %s: a %s has had no answer for %s (gives up after %s, --timeout)", w.Addr, w.Request, w.Waited, w.Timeout)
		}},
	}
	if len(opts.Alphas) == 0 {
		return nil, usageErr("--alpha %q names no address: want HOST:PORT, or several separated by commas", alpha)
	}
	if opts.User != "" {
		pw, err := g.Cluster.password()
		if err != nil {
			return nil, err
		}
		opts.Password = pw
	}
	return graph.Connect(ctx, opts)
}
