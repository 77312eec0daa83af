#!/usr/bin/env python
# coding: utf-8

import argparse
import os
import pandas as pd
from datetime import datetime
import pytz

EASTERN_TZ = pytz.timezone('America/New_York')

from modules.common_utils import load_config, get_api_key
from modules.report_data_loader import load_analysis_csv, load_text_from_file
from modules.html_renderer import render_html_report, render_combined_html_report, HTML_TEMPLATE_PAGE_1, HTML_TEMPLATE_PAGE_2_FINANCIAL_SUMMARY, HTML_TEMPLATE_PAGE_3_PEER_COMPARISON, HTML_TEMPLATE_PAGE_4_SENSITIVITY_CATALYST, HTML_TEMPLATE_PAGE_5_NEWS_CHARTS, HTML_TEMPLATE_COMBINED, format_dataframe_to_html_table
from modules.html_template_professional import render_professional_html_report
from modules.chart_generator import (
    generate_revenue_ebitda_chart, 
    generate_ev_ebitda_peer_chart, 
    generate_eps_pe_chart,
    # 高级图表函数
    generate_stock_price_chart,
    generate_financial_radar_chart,
    generate_time_series_chart,
    generate_sensitivity_heatmap,
    generate_technical_indicators_chart,
    generate_valuation_waterfall_chart,
    generate_quarterly_comparison_chart,
    generate_cash_flow_chart
)
from modules.market_data_api import get_comprehensive_company_metrics, get_technical_indicators


    # --- Setup directories ---
    output_dir = args.output_dir or os.path.join(".", "output", args.company_ticker, "report")
    os.makedirs(output_dir, exist_ok=True)
    print(f"HTML reports will be saved to: {output_dir}")

    # --- Load configuration and API key ---
    openai_api_key = None
    try:
        config = load_config(args.config_file)
        fmp_api_key = get_api_key(config, "API_KEYS", "fmp_api_key")
        if args.enable_text_regeneration:
            try:
                openai_api_key = get_api_key(config, "API_KEYS", "openai_api_key")
                print("✅ OpenAI API key loaded for text regeneration")
            except Exception as e:
                print(f"⚠️ Warning: OpenAI API key not available: {e}")
                print("Text regeneration will be disabled")
    except Exception as e:
        print(f"Warning: Could not load FMP API key: {e}")
        fmp_api_key = None

    # --- Auto-fetch market data if not provided and API key available ---
    auto_fetched_metrics = {}
    if not args.skip_auto_fetch and fmp_api_key:
        print(f"Auto-fetching market data for {args.company_ticker}...")
