python autogen_play_single_agent.py > allout.txt 2>&1
