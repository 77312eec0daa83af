// Copyright 2024 Google LLC
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

package gollm

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"

	"google.golang.org/genai"

	"github.com/GoogleCloudPlatform/kubectl-ai/pkg/api"

	"k8s.io/klog/v2"
)

func init() {
	if err := RegisterProvider("gemini", geminiFactory); err != nil {
		klog.Fatalf("Failed to register gemini provider: %v", err)
	}
	if err := RegisterProvider("vertexai", vertexaiViaGeminiFactory); err != nil {
		klog.Fatalf("Failed to register vertexai provider: %v", err)
	}
}

// geminiFactory is the provider factory function for Gemini.
// Supports ClientOptions for consistency, but skipVerifySSL is not used.
func geminiFactory(ctx context.Context, opts ClientOptions) (Client, error) {
	opt := GeminiAPIClientOptions{}
	return NewGeminiAPIClient(ctx, opt)
}

// GeminiAPIClientOptions are the options for the Gemini API client.
type GeminiAPIClientOptions struct {
	// API Key for GenAI. Required for BackendGeminiAPI.
	APIKey string
}

// NewGeminiAPIClient builds a client for the Gemini API.
func NewGeminiAPIClient(ctx context.Context, opt GeminiAPIClientOptions) (*GoogleAIClient, error) {
	apiKey := opt.APIKey
	if apiKey == "" {
		apiKey = os.Getenv("GEMINI_API_KEY")
	}
	if apiKey == "" {
		return nil, fmt.Errorf("GEMINI_API_KEY environment variable not set")
	}
	skipVerifySSL := false
	httpClient := createCustomHTTPClient(skipVerifySSL)
	httpClient = withJournaling(httpClient)
	cc := &genai.ClientConfig{
		APIKey:     apiKey,
		Backend:    genai.BackendGeminiAPI,
		HTTPClient: httpClient,
	}

	client, err := genai.NewClient(ctx, cc)
	if err != nil {
		return nil, fmt.Errorf("building gemini client: %w", err)
	}

	return &GoogleAIClient{
		client: client,
	}, nil
}

// VertexAIClientOptions are the options for using the VertexAPI.
type VertexAIClientOptions struct {
	// GCP Project ID for Vertex AI. Required for BackendVertexAI.
	Project string
	// GCP Location/Region for Vertex AI. Required for BackendVertexAI. See https://cloud.google.com/vertex-ai/docs/general/locations
	Location string
}

// vertexaiViaGeminiFactory is the provider factory function for VertexAI via Gemini.
// Supports ClientOptions for consistency, but skipVerifySSL is not used.
func vertexaiViaGeminiFactory(ctx context.Context, opts ClientOptions) (Client, error) {
	opt := VertexAIClientOptions{}
	return NewVertexAIClient(ctx, opt)
}
