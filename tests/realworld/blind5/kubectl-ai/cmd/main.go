// Copyright 2025 Google LLC
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//      http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"syscall"

	"github.com/GoogleCloudPlatform/kubectl-ai/gollm"
	"github.com/GoogleCloudPlatform/kubectl-ai/pkg/agent"
	"github.com/GoogleCloudPlatform/kubectl-ai/pkg/api"
	"github.com/GoogleCloudPlatform/kubectl-ai/pkg/journal"
	"github.com/GoogleCloudPlatform/kubectl-ai/pkg/sessions"
	"github.com/GoogleCloudPlatform/kubectl-ai/pkg/tools"
	"github.com/GoogleCloudPlatform/kubectl-ai/pkg/ui"
	"github.com/GoogleCloudPlatform/kubectl-ai/pkg/ui/html"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"k8s.io/klog/v2"
	"sigs.k8s.io/yaml"
)

// Using the defaults from goreleaser as per https://goreleaser.com/cookbooks/using-main.version/
var (
	version = "dev"
	commit  = "none"
	date    = "unknown"
)

func BuildRootCommand(opt *Options) (*cobra.Command, error) {
	rootCmd := &cobra.Command{
		Use:   "kubectl-ai",
		Short: "A CLI tool to interact with Kubernetes using natural language",
		Long:  "kubectl-ai is a command-line tool that allows you to interact with your Kubernetes cluster using natural language queries. It leverages large language models to understand your intent and translate it into kubectl",
		Args:  cobra.MaximumNArgs(1), // Only one positional arg is allowed.
		RunE: func(cmd *cobra.Command, args []string) error {
			return RunRootCommand(cmd.Context(), *opt, args)
		},
	}

	rootCmd.AddCommand(&cobra.Command{
		Use:   "version",
		Short: "Print the version number of kubectl-ai",
		Run: func(cmd *cobra.Command, args []string) {
			fmt.Printf("version: %s\ncommit: %s\ndate: %s\n", version, commit, date)
			os.Exit(0)
		},
	})

	if err := opt.bindCLIFlags(rootCmd.Flags()); err != nil {
		return nil, err
	}
	return rootCmd, nil
}

type Options struct {
	ProviderID string `json:"llmProvider,omitempty"`
	ModelID    string `json:"model,omitempty"`
	// SkipPermissions is a flag to skip asking for confirmation before executing kubectl commands
	// that modifies resources in the cluster.
	SkipPermissions bool `json:"skipPermissions,omitempty"`
	// EnableToolUseShim is a flag to enable tool use shim.
	// TODO(droot): figure out a better way to discover if the model supports tool use
	// and set this automatically.
	EnableToolUseShim bool `json:"enableToolUseShim,omitempty"`
	// Quiet flag indicates if the agent should run in non-interactive mode.
	// It requires a query to be provided as a positional argument.
	Quiet     bool `json:"quiet,omitempty"`
	MCPServer bool `json:"mcpServer,omitempty"`
	MCPClient bool `json:"mcpClient,omitempty"`
	// ExternalTools enables discovery and exposure of external MCP tools (only works with --mcp-server)
	ExternalTools bool `json:"externalTools,omitempty"`
	MaxIterations int  `json:"maxIterations,omitempty"`
	// MCPServerMode is the mode of the MCP server. only works with --mcp-server.
	MCPServerMode string `json:"mcpServerMode,omitempty"`
	// Set the HTTP endpoint port for the MCP server when using HTTP transports like streamable-http.
	HTTPPort int `json:"httpPort,omitempty"`
	// KubeConfigPath is the path to the kubeconfig file.
	// If not provided, the default kubeconfig path will be used.
	KubeConfigPath string `json:"kubeConfigPath,omitempty"`

	PromptTemplateFilePath string   `json:"promptTemplateFilePath,omitempty"`
	ExtraPromptPaths       []string `json:"extraPromptPaths,omitempty"`
	TracePath              string   `json:"tracePath,omitempty"`
	RemoveWorkDir          bool     `json:"removeWorkDir,omitempty"`
	ToolConfigPaths        []string `json:"toolConfigPaths,omitempty"`

	// UIType is the type of user interface to use.
	UIType ui.Type `json:"uiType,omitempty"`
	// UIListenAddress is the address to listen for the web UI.
	UIListenAddress string `json:"uiListenAddress,omitempty"`

	// SkipVerifySSL is a flag to skip verifying the SSL certificate of the LLM provider.
	SkipVerifySSL bool `json:"skipVerifySSL,omitempty"`

	// Session management options
	ResumeSession  string `json:"resumeSession,omitempty"`
	NewSession     bool   `json:"newSession,omitempty"`
	ListSessions   bool   `json:"listSessions,omitempty"`
	DeleteSession  string `json:"deleteSession,omitempty"`
	SessionBackend string `json:"sessionBackend,omitempty"`

	// ShowToolOutput is a flag to disable truncation of tool output in the terminal UI.
	ShowToolOutput bool `json:"showToolOutput,omitempty"`

	// Sandbox enables execution of tools in a sandbox environment.
	// Supported values: "k8s", "seatbelt".
	// If empty, tools are executed locally.
	Sandbox string `json:"sandbox,omitempty"`

	// SandboxImage is the container image to use for the sandbox
	SandboxImage string `json:"sandboxImage,omitempty"`
}

var defaultToolConfigPaths = []string{
	filepath.Join("{CONFIG}", "kubectl-ai", "tools.yaml"),
	filepath.Join("{HOME}", ".config", "kubectl-ai", "tools.yaml"),
}

var defaultConfigPaths = []string{
	filepath.Join("{CONFIG}", "kubectl-ai", "config.yaml"),
	filepath.Join("{HOME}", ".config", "kubectl-ai", "config.yaml"),
}

func (o *Options) InitDefaults() {
	o.ProviderID = "gemini"
	o.ModelID = "gemini-2.5-pro"
	// by default, confirm before executing kubectl commands that modify resources in the cluster.
	o.SkipPermissions = false
	o.MCPServer = false
	o.MCPClient = false
	// by default, external tools are disabled (only works with --mcp-server)
	o.ExternalTools = false
	// We now default to our strongest model (gemini-2.5-pro-exp-03-25) which supports tool use natively.
	// so we don't need shim.
